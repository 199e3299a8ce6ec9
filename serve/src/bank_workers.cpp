#include "bank_workers.hpp"

#include <future>

#include <practice/error.hpp>

namespace practice::serve {

struct BankWorkers::Task {
  Job job;
  Clock::time_point deadline;
  std::promise<nlohmann::json> result;
};

BankWorkers::BankWorkers(const std::filesystem::path& db, std::size_t count) {
  std::vector<Bank> banks;
  for (std::size_t i = 0; i < count; ++i) banks.push_back(Bank::open(db));  // fail here, before any thread
  for (auto& bank : banks) threads_.emplace_back(&BankWorkers::work, this, std::move(bank));
}

BankWorkers::~BankWorkers() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

nlohmann::json BankWorkers::run(Job job, Clock::time_point deadline) {
  auto task = std::make_shared<Task>(Task{std::move(job), deadline, {}});
  auto answer = task->result.get_future();
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(task);
  }
  ready_.notify_one();
  if (answer.wait_until(deadline) != std::future_status::ready) throw Timeout();
  return answer.get();
}

void BankWorkers::work(Bank bank) {
  for (;;) {
    std::shared_ptr<Task> task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    if (Clock::now() >= task->deadline) {
      task->result.set_exception(std::make_exception_ptr(Timeout()));
      continue;
    }
    try {
      bank.reopen();  // cheap; sees what `practice index` committed since the last request
      try {
        task->result.set_value(task->job(bank));
      } catch (const BankError&) {
        // A writer may have committed twice during the query (Xapian's DatabaseModifiedError):
        // the revision read is gone, a fresh one answers.
        bank.reopen();
        task->result.set_value(task->job(bank));
      }
    } catch (...) {
      task->result.set_exception(std::current_exception());
    }
  }
}

}  // namespace practice::serve
