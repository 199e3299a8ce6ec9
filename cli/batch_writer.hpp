#pragma once
// Adds practices to a bank in batches, one transaction per batch (what survives an
// interruption), and sums the batches' reports.

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include <practice/bank.hpp>

namespace practice::cli {

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
