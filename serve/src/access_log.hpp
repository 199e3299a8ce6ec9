#pragma once
// Access log lines in the Combined Log Format (Apache/nginx "combined"), which log tools read.

#include <chrono>
#include <string>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace practice::serve {

/// `host - - [day/Mon/year:HH:MM:SS +0000] "METHOD target VERSION" status bytes "referer" "user-agent"`
std::string combined_log_line(const httplib::Request& req, const httplib::Response& res,
                              std::chrono::system_clock::time_point when);

}  // namespace practice::serve
