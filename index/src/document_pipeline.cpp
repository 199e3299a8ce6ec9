#include "document_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "document_builder.hpp"
#include "schema.hpp"

namespace practice::detail {
namespace {

// Spelling words of a whole add() call, counted off the writer's thread: each add_spelling
// costs the single writer lookups in Xapian's spelling tables, so it makes one per distinct word.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

constexpr std::size_t chunk_size = 32;      // practices per work item
constexpr std::size_t max_chunks_ahead = 8;  // bounds memory: built but not yet written
constexpr std::size_t parallel_from = 2 * chunk_size;

Xapian::Document build(const Practice& p, const text::Analyzer& analyzer, SpellingCounts& spelling) {
  std::vector<std::string> words;
  Xapian::Document doc = build_document(p, analyzer, &words);
  for (auto& w : words) ++spelling[std::move(w)];
  return doc;
}

void write(Xapian::WritableDatabase& db, const Practice& p, const Xapian::Document& doc, AddReport& report) {
  const std::string idterm = std::string(prefix_id) + p.id;
  const bool existed = db.term_exists(idterm);
  db.replace_document(idterm, doc);
  ++(existed ? report.replaced : report.added);
}

void write_spelling(Xapian::WritableDatabase& db, const SpellingCounts& spelling) {
  for (const auto& [word, count] : spelling) db.add_spelling(word, count);
}

// Chunks of built documents, produced by workers in any order and consumed in order.
class Pipeline {
 public:
  Pipeline(const std::vector<Practice>& practices, const text::Analyzer& analyzer, unsigned workers)
      : practices_(practices), chunks_((practices.size() + chunk_size - 1) / chunk_size), slots_(chunks_), ready_(chunks_, 0),
        spelling_(workers) {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this, analyzer, i] { work(analyzer, spelling_[i]); });
  }
  ~Pipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
    join();
  }

  std::size_t chunks() const { return chunks_; }

  /// Waits for chunk `c`, hands it over and lets workers go one chunk further.
  std::vector<Xapian::Document> take(std::size_t c) {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return ready_[c] || error_; });
    if (error_) std::rethrow_exception(error_);
    std::vector<Xapian::Document> out = std::move(slots_[c]);
    taken_ = c + 1;
    lock.unlock();
    space_.notify_all();
    return out;
  }

  /// After every chunk was taken: the workers' spelling counts, merged.
  SpellingCounts spelling() {
    join();
    SpellingCounts all = std::move(spelling_[0]);
    for (std::size_t i = 1; i < spelling_.size(); ++i)
      for (auto& [word, count] : spelling_[i]) all[word] += count;
    return all;
  }

 private:
  void join() {
    for (auto& t : threads_)
      if (t.joinable()) t.join();
  }

  // `analyzer` is this worker's own copy: an Analyzer is single-threaded.
  void work(text::Analyzer analyzer, SpellingCounts& spelling) {
    try {
      while (true) {
        std::size_t c;
        {
          std::unique_lock lock(mutex_);
          space_.wait(lock, [&] { return stop_ || next_ >= chunks_ || next_ < taken_ + max_chunks_ahead; });
          if (stop_ || next_ >= chunks_) return;
          c = next_++;
        }
        std::vector<Xapian::Document> built;
        const std::size_t end = std::min(practices_.size(), (c + 1) * chunk_size);
        for (std::size_t i = c * chunk_size; i < end; ++i) built.push_back(build(practices_[i], analyzer, spelling));
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
  std::vector<std::vector<Xapian::Document>> slots_;
  std::vector<char> ready_;
  std::vector<SpellingCounts> spelling_;  // one per worker
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
    SpellingCounts spelling;
    for (const auto& p : practices) write(db, p, build(p, analyzer, spelling), report);
    write_spelling(db, spelling);
    return report;
  }
  // As many builders as cores: the writer mostly waits on them, so it shares a core.
  Pipeline pipeline(practices, analyzer, cores);
  for (std::size_t c = 0; c < pipeline.chunks(); ++c) {
    const std::vector<Xapian::Document> built = pipeline.take(c);
    for (std::size_t k = 0; k < built.size(); ++k) write(db, practices[c * chunk_size + k], built[k], report);
  }
  write_spelling(db, pipeline.spelling());
  return report;
}

}  // namespace practice::detail
