#include "document_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "document_builder.hpp"
#include "schema.hpp"

namespace practice::detail {
namespace {

struct Built {
  Xapian::Document doc;
  std::vector<std::string> spelling;
};

constexpr std::size_t chunk_size = 32;      // practices per work item
constexpr std::size_t max_chunks_ahead = 8;  // bounds memory: built but not yet written
constexpr std::size_t parallel_from = 2 * chunk_size;

Built build(const Practice& p, const text::Analyzer& analyzer) {
  Built b;
  b.doc = build_document(p, analyzer, &b.spelling);
  return b;
}

void write(Xapian::WritableDatabase& db, const Practice& p, Built&& b, AddReport& report) {
  const std::string idterm = std::string(prefix_id) + p.id;
  const bool existed = db.term_exists(idterm);
  db.replace_document(idterm, b.doc);
  for (const auto& w : b.spelling) db.add_spelling(w);
  ++(existed ? report.replaced : report.added);
}

// Chunks of built documents, produced by workers in any order and consumed in order.
class Pipeline {
 public:
  Pipeline(const std::vector<Practice>& practices, const text::Analyzer& analyzer, unsigned workers)
      : practices_(practices), chunks_((practices.size() + chunk_size - 1) / chunk_size), slots_(chunks_), ready_(chunks_, 0) {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this, analyzer] { work(analyzer); });
  }
  ~Pipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
    for (auto& t : threads_) t.join();
  }

  std::size_t chunks() const { return chunks_; }

  /// Waits for chunk `c`, hands it over and lets workers go one chunk further.
  std::vector<Built> take(std::size_t c) {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return ready_[c] || error_; });
    if (error_) std::rethrow_exception(error_);
    std::vector<Built> out = std::move(slots_[c]);
    taken_ = c + 1;
    lock.unlock();
    space_.notify_all();
    return out;
  }

 private:
  // `analyzer` is this worker's own copy: an Analyzer is single-threaded.
  void work(text::Analyzer analyzer) {
    try {
      while (true) {
        std::size_t c;
        {
          std::unique_lock lock(mutex_);
          space_.wait(lock, [&] { return stop_ || next_ >= chunks_ || next_ < taken_ + max_chunks_ahead; });
          if (stop_ || next_ >= chunks_) return;
          c = next_++;
        }
        std::vector<Built> built;
        const std::size_t end = std::min(practices_.size(), (c + 1) * chunk_size);
        for (std::size_t i = c * chunk_size; i < end; ++i) built.push_back(build(practices_[i], analyzer));
        {
          std::lock_guard lock(mutex_);
          slots_[c] = std::move(built);
          ready_[c] = 1;
        }
        done_.notify_all();
      }
    } catch (...) {
      {
        std::lock_guard lock(mutex_);
        if (!error_) error_ = std::current_exception();
      }
      done_.notify_all();
    }
  }

  const std::vector<Practice>& practices_;
  const std::size_t chunks_;
  std::vector<std::vector<Built>> slots_;
  std::vector<char> ready_;
  std::size_t next_ = 0, taken_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
  std::mutex mutex_;
  std::condition_variable done_, space_;
  std::vector<std::thread> threads_;
};

}  // namespace

AddReport write_documents(Xapian::WritableDatabase& db, const std::vector<Practice>& practices, const text::Analyzer& analyzer) {
  AddReport report;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  if (practices.size() < parallel_from || cores < 2) {
    for (const auto& p : practices) write(db, p, build(p, analyzer), report);
    return report;
  }
  // As many builders as cores: the writer mostly waits on them, so it shares a core.
  Pipeline pipeline(practices, analyzer, cores);
  for (std::size_t c = 0; c < pipeline.chunks(); ++c) {
    std::vector<Built> built = pipeline.take(c);
    for (std::size_t k = 0; k < built.size(); ++k) write(db, practices[c * chunk_size + k], std::move(built[k]), report);
  }
  return report;
}

}  // namespace practice::detail
