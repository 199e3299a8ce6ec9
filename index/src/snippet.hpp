#pragma once
// Snippets: the best window of a practice's text for a set of query terms, highlighted.

#include <set>
#include <string>
#include <vector>

#include <practice/model.hpp>
#include <practice/text/analyzer.hpp>

namespace practice::detail {

struct Snippet {
  std::string html;                  ///< HTML-escaped, matches in <b>…</b>
  std::vector<std::string> matched;  ///< distinct matched words as written, in text order
};

/// Picks the section and window (about `max_bytes`) holding the most distinct query terms.
Snippet make_snippet(const Practice& p, const std::set<std::string>& terms, const text::Analyzer& analyzer,
                     std::size_t max_bytes = 240);

}  // namespace practice::detail
