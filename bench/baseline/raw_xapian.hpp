#pragma once
// The baseline the project is measured against: plain Xapian as its documentation teaches it —
// TermGenerator with Xapian's Russian stemmer (positions on, STEM_SOME), QueryParser, BM25,
// a commit every 10,000 documents. It indexes the same section text and stores the same
// practice JSON as the bank, but knows nothing of compounds, abbreviations, regions or facets.

#include <filesystem>
#include <string>
#include <string_view>

#include <xapian.h>

#include <practice/model.hpp>

namespace practice::bench {

class RawXapianWriter {
 public:
  explicit RawXapianWriter(const std::filesystem::path& dir);
  void add(const Practice& p);
  /// Commits what is left; call once at the end.
  void finish();

 private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator termgen_;
  std::size_t pending_ = 0;
};

class RawXapianSearcher {
 public:
  explicit RawXapianSearcher(const std::filesystem::path& dir);
  /// Top `limit` ids for a free-text query (default OR, as QueryParser does); returns the
  /// number of hits, and reads each hit's stored data as a results page would.
  std::size_t search(std::string_view query, std::size_t limit = 10);

 private:
  Xapian::Database db_;
  Xapian::QueryParser parser_;
  std::size_t data_bytes_ = 0;  // keeps the data reads observable
};

}  // namespace practice::bench
