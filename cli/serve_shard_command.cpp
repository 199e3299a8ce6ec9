#include <cerrno>
#include <cstring>
#include <iostream>
#include <unistd.h>

#include <practice/bank.hpp>
#include <practice/error.hpp>

#include "commands.hpp"

namespace practice::cli {

std::vector<std::string> tcpsrv_command(const ServeShardArgs& a) {
  // xapian-tcpsrv serves read-only unless given --writable: writing stays with the centre.
  std::vector<std::string> argv{"xapian-tcpsrv", "--port", std::to_string(a.port), "--interface", a.host};
  if (a.timeout_ms > 0) argv.insert(argv.end(), {"--timeout", std::to_string(a.timeout_ms)});
  argv.push_back(a.db.string());
  return argv;
}

int run_serve_shard(const ServeShardArgs& a, std::ostream& out, std::ostream& err) {
  // Refuse what a remote client would refuse later: no bank, another format, a federation file.
  const Bank bank = Bank::open(a.db);
  if (!bank.shards().empty())
    throw InvalidArgument(a.db.string() + " is a federation file; serve each regional bank directory on its own");
  const std::vector<std::string> command = tcpsrv_command(a);
  err << "Банк " << a.db.string() << " (" << bank.size() << " практик) доступен только для чтения на " << a.host << ":"
      << a.port << "\n";
  err.flush();
  out.flush();
  std::vector<char*> argv;
  for (const auto& s : command) argv.push_back(const_cast<char*>(s.c_str()));
  argv.push_back(nullptr);
  ::execvp(argv[0], argv.data());
  throw Error("cannot run xapian-tcpsrv (Debian package xapian-tools): " + std::string(std::strerror(errno)));
}

}  // namespace practice::cli
