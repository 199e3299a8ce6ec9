// `practice serve`: runs the HTTP server until SIGINT or SIGTERM.

#include <atomic>
#include <csignal>
#include <fstream>
#include <iostream>
#include <pthread.h>
#include <thread>

#include <practice/error.hpp>
#include <practice/server.hpp>

#include "commands.hpp"

namespace practice::cli {
namespace {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

}  // namespace

int run_serve(const ServeArgs& a, std::ostream& out, std::ostream& err) {
  ServerOptions o;
  o.db = a.db;
  o.host = a.host;
  o.port = a.port;
  o.workers = a.workers;
  o.connections = a.connections;
  o.cors_origins = a.cors_origins;
  o.max_body_bytes = a.max_body_bytes;
  o.max_query_bytes = a.max_query_bytes;
  o.time_limit = std::chrono::milliseconds(a.time_limit_ms);
  std::ofstream log_file;
  if (a.access_log == "-") o.access_log = &err;
  else if (!a.access_log.empty()) {
    log_file.open(a.access_log, std::ios::app);
    if (!log_file) throw InvalidArgument("cannot write the access log " + a.access_log);
    o.access_log = &log_file;
  }

  // Block the stop signals in every thread the server starts; one thread waits for them and
  // stops the server, so shutdown runs outside a signal handler.
  sigset_t stop_signals, previous;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);
  struct RestoreMask {
    sigset_t mask;
    ~RestoreMask() { pthread_sigmask(SIG_SETMASK, &mask, nullptr); }
  } restore{previous};

  Server server(o);
  const int port = server.bind();
  if (!is_loopback(a.host))
    err << "practice serve: warning: listening on " << a.host << ", reachable from other machines\n";
  err << "practice serve: listening on http://" << (a.host.find(':') != std::string::npos ? "[" + a.host + "]" : a.host)
      << ":" << port << "/ (bank " << a.db.string() << "); Ctrl+C stops" << std::endl;

  std::atomic<bool> signalled{false};
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    server.stop();
  });
  server.run();
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if run() ended on its own
  waiter.join();
  err << "practice serve: stopped" << std::endl;
  (void)out;
  return 0;
}

}  // namespace practice::cli
