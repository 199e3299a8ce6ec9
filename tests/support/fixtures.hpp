#pragma once
// Fixtures shared by the test programs: a temporary directory, the shipped corpus and the CLI
// run as a process.

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <practice/loader.hpp>

namespace practice::testing {

/// A fresh path under the system's temporary directory (not created), removed with everything
/// in it afterwards — made writable first, so read-only banks of the reliability tests go too.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& tag = "test")
      : path(std::filesystem::temp_directory_path() /
             ("practice-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(next()))) {
    std::filesystem::remove_all(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

 private:
  static int next() {
    static int n = 0;
    return n++;
  }
};

/// The shipped corpus's practices, in the order `practice index` reads them; read once.
inline const std::vector<Practice>& corpus() {
  static const std::vector<Practice> all = [] {
    std::vector<Practice> out;
    for (auto& lp : load_paths({std::string(PRACTICE_CORPUS_DIR) + "/practices"}).practices) out.push_back(lp.practice);
    return out;
  }();
  return all;
}

/// What the `practice` program printed (standard output and error together) and its exit status.
struct CliRun {
  int status;
  std::string out;
};

/// Runs `practice ARGS` through the shell (ARGS may hold quotes and redirections) and waits.
inline CliRun run_cli(const std::string& args) {
  FILE* pipe = ::popen((std::string(PRACTICE_CLI) + " " + args + " 2>&1").c_str(), "r");
  std::string out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  return {WEXITSTATUS(::pclose(pipe)), out};
}

}  // namespace practice::testing
