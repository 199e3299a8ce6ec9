#pragma once
// Small measuring helpers for the driver: latency percentiles, child processes with their
// peak RSS, directory sizes.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace practice::bench {

struct Latency {
  double p50 = 0, p95 = 0, p99 = 0, mean = 0;
  std::size_t samples = 0;
};
/// Nearest-rank percentiles of the samples (milliseconds).
Latency summarize(std::vector<double> ms);

/// Milliseconds `f` took.
template <class F>
double time_ms(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// CPU time of the calling thread, in milliseconds. On a shared machine wall time includes
/// waiting for a core; CPU time does not, so both are reported.
double thread_cpu_ms();

struct ChildUsage {
  std::size_t peak_rss = 0;  ///< bytes
  double cpu_s = 0;          ///< user + system, all threads
};
/// Runs this program again with `args` and waits; returns the child's peak RSS and CPU time.
/// @throws std::runtime_error when the child cannot start or fails.
ChildUsage run_self(const std::vector<std::string>& args);

/// Total size of the regular files under `dir`.
std::size_t directory_bytes(const std::filesystem::path& dir);

}  // namespace practice::bench
