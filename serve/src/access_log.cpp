#include "access_log.hpp"

#include <ctime>

#include <httplib.h>

namespace practice::serve {
namespace {

// Quotes a header value; a quote or backslash inside is escaped, so one request stays one line.
std::string quoted(const std::string& value) {
  if (value.empty()) return "\"-\"";
  std::string out = "\"";
  for (unsigned char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    if (c < 0x20 || c == 0x7f) out += '?';
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

}  // namespace

std::string combined_log_line(const httplib::Request& req, const httplib::Response& res,
                              std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char stamp[40];
  std::strftime(stamp, sizeof stamp, "%d/%b/%Y:%H:%M:%S +0000", &tm);
  std::string line = req.remote_addr.empty() ? "-" : req.remote_addr;
  line += " - - [";
  line += stamp;
  line += "] ";
  line += quoted(req.method + " " + req.target + " " + req.version);
  line += " " + std::to_string(res.status) + " ";
  line += res.body.empty() ? "-" : std::to_string(res.body.size());
  line += " " + quoted(req.get_header_value("Referer")) + " " + quoted(req.get_header_value("User-Agent"));
  return line;
}

}  // namespace practice::serve
