#pragma once
// A fixed pool of threads, each owning its own Bank (Xapian handles are single-threaded).
// Requests wait for their answer until a deadline; a job whose deadline has passed before a
// worker takes it is not run at all, so a backlog drains instead of growing.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/bank.hpp>

namespace practice::serve {

/// The request was not answered before its deadline.
struct Timeout : std::runtime_error {
  Timeout() : std::runtime_error("timeout") {}
};

class BankWorkers {
 public:
  using Clock = std::chrono::steady_clock;
  using Job = std::function<nlohmann::json(const Bank&)>;

  /// Opens `count` handles on the bank at `db`. @throws BankError, IncompatibleBank
  BankWorkers(const std::filesystem::path& db, std::size_t count);
  BankWorkers(const BankWorkers&) = delete;
  BankWorkers& operator=(const BankWorkers&) = delete;
  ~BankWorkers();

  /// Runs `job` on some worker's freshly reopened bank and returns its result, or rethrows what
  /// it threw. @throws Timeout if the answer is not ready by `deadline`.
  nlohmann::json run(Job job, Clock::time_point deadline);

 private:
  struct Task;
  void work(Bank bank);

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::shared_ptr<Task>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace practice::serve
