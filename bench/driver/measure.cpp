#include "measure.hpp"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <ctime>

#include <algorithm>
#include <numeric>
#include <stdexcept>

extern char** environ;

namespace practice::bench {

Latency summarize(std::vector<double> ms) {
  Latency l;
  l.samples = ms.size();
  if (ms.empty()) return l;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
  l.p50 = at(0.50);
  l.p95 = at(0.95);
  l.p99 = at(0.99);
  l.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
  return l;
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

ChildUsage run_self(const std::vector<std::string>& args) {
  std::vector<std::string> all{"/proc/self/exe"};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start a child process");
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("lost the child process");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("child process failed: " + args.front());
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return {static_cast<std::size_t>(usage.ru_maxrss) * 1024,  // Linux reports KiB
          seconds(usage.ru_utime) + seconds(usage.ru_stime)};
}

std::size_t directory_bytes(const std::filesystem::path& dir) {
  std::size_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

}  // namespace practice::bench
