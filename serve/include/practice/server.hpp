#pragma once
/// @file server.hpp
/// `practice serve`: the bank over HTTP (JSON API with the CLI's `--json` shapes) and the search page.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace practice {

/// Options of `practice serve`; CLI flags map one-to-one onto the fields.
struct ServerOptions {
  std::filesystem::path db;
  std::string host = "127.0.0.1";  ///< loopback unless the caller chooses otherwise
  int port = 8080;                 ///< 0: any free port (see Server::bind)
  std::size_t workers = 0;         ///< threads running bank queries, each with its own Bank; 0: one per core
  std::size_t connections = 32;    ///< connections served at once (a keep-alive connection holds a thread)
  std::vector<std::string> cors_origins;  ///< Origins allowed to call the API from a browser; "*" = any; empty = none
  std::size_t max_body_bytes = 64 * 1024;  ///< larger request bodies get 413
  std::size_t max_query_bytes = 1024;      ///< longer `q` parameters get 414
  std::chrono::milliseconds time_limit{5000};  ///< a request not answered by then gets 503
  std::ostream* access_log = nullptr;          ///< Combined Log Format lines; nullptr: no log
};

/// An HTTP server over one bank. Changes written by `practice index` while it runs are seen
/// by the next request (each worker reopens its handle before a query).
///
/// Thread rule: construct, bind and run from one thread; stop() may be called from any thread.
class Server {
 public:
  /// Opens the bank once per worker.
  /// @throws BankError if there is no bank at options.db; IncompatibleBank for another format.
  explicit Server(ServerOptions options);
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();

  /// Binds the listening socket and returns the port (the chosen one when options.port is 0).
  /// @throws Error if the address cannot be bound.
  int bind();
  /// Serves until stop(); binds first if bind() was not called.
  void run();
  /// Stops accepting, finishes the requests in flight and makes run() return.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace practice
