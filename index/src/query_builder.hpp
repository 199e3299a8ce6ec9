#pragma once
// Query text → Xapian::Query, through the same analyzer as indexing and the domain thesaurus.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include <practice/search.hpp>
#include <practice/text/analyzer.hpp>

namespace practice::detail {

struct BuiltQuery {
  Xapian::Query all;  ///< every clause must match
  Xapian::Query any;  ///< any clause may match
  bool empty = true;  ///< no positive clause (match everything, filters only)
  std::set<std::string> highlight;  ///< unprefixed terms to highlight in snippets
  std::vector<std::string> words;   ///< folded query words, for "did you mean"
  std::vector<std::string> warnings;
};

/// @throws InvalidArgument for a query of stop words, punctuation or exclusions only.
BuiltQuery build_query(std::string_view query, const SearchOptions& options, const text::Analyzer& analyzer);

/// Maximum analysed terms per query; longer queries are cut with a warning.
inline constexpr std::size_t max_query_terms = 256;
/// Queries are cut (with a warning) to this many bytes and lexical items before analysis,
/// so that a pasted book costs no more than a long query.
inline constexpr std::size_t max_query_bytes = 64u << 10;
inline constexpr std::size_t max_query_items = 4 * max_query_terms;

}  // namespace practice::detail
