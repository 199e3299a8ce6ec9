#pragma once
// Route tables of the server: the JSON API and the page. Each takes the httplib server to fill.

#include <string>

#include <nlohmann/json.hpp>

#include <practice/server.hpp>

namespace httplib {
class Server;
struct Response;
}  // namespace httplib

namespace practice::serve {

class BankWorkers;

/// An error answered with its own status code ({"error": message, "status": code}).
struct HttpError {
  int status;
  std::string message;
};

/// Writes `body` as the JSON response with `status`.
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
/// The error body every failure gets: {"error": message, "status": code}.
nlohmann::json error_body(int status, const std::string& message);

/// GET /api/search, POST /api/match, GET /api/similar/{id}, GET /api/practices/{id}, GET /api/stats, GET /healthz.
void add_api_routes(httplib::Server& http, BankWorkers& workers, const ServerOptions& options);
/// GET / (the page), /app.js, /style.css — embedded in the program.
void add_page_routes(httplib::Server& http);

}  // namespace practice::serve
