#pragma once
// Adds practices to a bank in batches, one transaction per batch (what survives an
// interruption), and sums the batches' reports.

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <practice/bank.hpp>

namespace practice::cli {

/// For the commands that write bank `db`: a write error that ends in std::terminate inside
/// libxapian (see describe_write_error) is reported like any bank error, with the same exit status.
inline void report_write_aborts(const std::filesystem::path& db) {
  static std::filesystem::path written;
  written = db;
  std::set_terminate([] {
    const int last_errno = errno;  // before anything here can change it
    const std::string message = describe_write_error(std::current_exception(), written, last_errno);
    if (message.empty()) std::abort();
    std::cerr << "practice: error: " << message << "\n";
    std::_Exit(3);
  });
}

class BatchWriter {
 public:
  /// `after_batch` (optional) sees the running total after each committed batch.
  BatchWriter(Bank& bank, std::size_t batch_size, std::function<void(const AddReport&)> after_batch = {})
      : bank_(bank), size_(batch_size), after_batch_(std::move(after_batch)) {}

  void add(Practice&& p) {
    batch_.push_back(std::move(p));
    if (batch_.size() >= size_) flush();
  }

  void flush() {
    if (batch_.empty()) return;
    const AddReport r = bank_.add(batch_);
    total_.added += r.added;
    total_.replaced += r.replaced;
    batch_.clear();
    if (after_batch_) after_batch_(total_);
  }

  const AddReport& total() const { return total_; }

 private:
  Bank& bank_;
  std::size_t size_;
  std::function<void(const AddReport&)> after_batch_;
  std::vector<Practice> batch_;
  AddReport total_;
};

}  // namespace practice::cli
