// Wires httplib: limits, CORS, error bodies, the access log, the routes, start and stop.

#include <practice/server.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <ostream>
#include <thread>

#include <sys/socket.h>

#include <httplib.h>

#include <practice/error.hpp>

#include "access_log.hpp"
#include "bank_workers.hpp"
#include "routes.hpp"

namespace practice {

namespace serve {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

nlohmann::json error_body(int status, const std::string& message) { return {{"error", message}, {"status", status}}; }

namespace {

std::string status_message(int status, const ServerOptions& o) {
  switch (status) {
    case 400: return "неверный запрос";
    case 404: return "не найдено";
    case 405: return "метод не поддерживается";
    case 413: return "тело запроса больше " + std::to_string(o.max_body_bytes) + " байт";
    case 414: return "адрес запроса слишком длинный";
    case 503: return "сервер перегружен, повторите позже";
    default: return status >= 500 ? "внутренняя ошибка сервера" : "ошибка запроса";
  }
}

bool origin_allowed(const ServerOptions& o, const std::string& origin) {
  if (origin.empty()) return false;
  return std::any_of(o.cors_origins.begin(), o.cors_origins.end(),
                     [&](const std::string& allowed) { return allowed == "*" || allowed == origin; });
}

}  // namespace
}  // namespace serve

struct Server::Impl {
  ServerOptions options;
  serve::BankWorkers workers;
  httplib::Server http;
  std::mutex log_mutex;
  int port = -1;
  // stop() may come before run() has entered httplib's accept loop, where http.stop() is a no-op.
  std::atomic<bool> stop_requested{false}, running{false}, finished{false};

  explicit Impl(ServerOptions o)
      : options(std::move(o)),
        workers(options.db, options.workers ? options.workers : std::max(2u, std::thread::hardware_concurrency())) {
    const std::size_t connections = std::max<std::size_t>(options.connections, 1);
    http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
    // httplib's default adds SO_REUSEPORT, which lets a second server share the port silently
    // (and split the traffic, maybe over another bank); SO_REUSEADDR alone refuses it.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(std::chrono::seconds(5));
    http.set_write_timeout(std::chrono::seconds(5));
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) { return cors(req, res); });
    http.set_error_handler([this](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) serve::send_json(res, res.status, serve::error_body(res.status, serve::status_message(res.status, options)));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      serve::send_json(res, 500, serve::error_body(500, "внутренняя ошибка сервера"));
    });
    if (options.access_log)
      http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        const std::string line = serve::combined_log_line(req, res, std::chrono::system_clock::now());
        std::lock_guard lock(log_mutex);
        *options.access_log << line << std::endl;
      });
    serve::add_api_routes(http, workers, options);
    serve::add_page_routes(http);
  }

  // CORS for the configured origins only; preflight requests are answered here.
  httplib::Server::HandlerResponse cors(const httplib::Request& req, httplib::Response& res) {
    const std::string origin = req.get_header_value("Origin");
    const bool allowed = serve::origin_allowed(options, origin);
    if (allowed) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
    }
    if (req.method != "OPTIONS") return httplib::Server::HandlerResponse::Unhandled;
    if (allowed) {
      res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Content-Type");
      res.set_header("Access-Control-Max-Age", "600");
    }
    res.status = 204;
    return httplib::Server::HandlerResponse::Handled;
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

int Server::bind() {
  if (impl_->port >= 0) return impl_->port;
  const auto& o = impl_->options;
  if (o.port == 0) impl_->port = impl_->http.bind_to_any_port(o.host);
  else if (impl_->http.bind_to_port(o.host, o.port)) impl_->port = o.port;
  if (impl_->port <= 0) {
    impl_->port = -1;
    throw Error("cannot listen on " + o.host + ":" + std::to_string(o.port) + " (address in use or not available)");
  }
  return impl_->port;
}

void Server::run() {
  bind();
  impl_->running = true;
  if (!impl_->stop_requested) impl_->http.listen_after_bind();
  impl_->finished = true;
}

void Server::stop() {
  impl_->stop_requested = true;
  if (!impl_->running) return;  // run() will see the request and return at once
  while (!impl_->http.is_running() && !impl_->finished) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace practice
