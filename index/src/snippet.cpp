#include "snippet.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

#include <practice/field.hpp>
#include <practice/html.hpp>
#include <practice/text/normalize.hpp>

namespace practice::detail {
namespace {

struct Hit {
  std::size_t begin, end;
  std::string term;
};

// Byte index moved back to the start of a UTF-8 character.
std::size_t char_start(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

constexpr Field snippet_fields[] = {Field::summary, Field::problem, Field::target_groups, Field::results, Field::goal,
                                    Field::tasks, Field::technologies, Field::stages, Field::resources,
                                    Field::difficulties, Field::perspectives, Field::evaluation, Field::title,
                                    Field::organization_info, Field::organization};

// Snippets are one line: section text keeps its newlines, the snippet shows them as spaces.
std::string escape_line(std::string_view s) {
  std::string out = escape_html(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// Substrings of folded text that every occurrence of a term must contain, used to analyse only
// the words that may match (the costly part of a results page). Russian
// Snowball stems are prefixes of the folded word, a compound's first part is a word, an
// abbreviation folds to its letters. English stems need not be prefixes (happy → happi), so a
// term with Latin letters disables the shortcut.
struct Probes {
  std::vector<std::string> needles;
  std::vector<std::boyer_moore_horspool_searcher<std::string::const_iterator>> searchers;  // one per needle
  bool always = false;
  Probes(const Probes&) = delete;  // the searchers point into the needles
  explicit Probes(const std::set<std::string>& terms) {
    for (const auto& t : terms) {
      if (std::any_of(t.begin(), t.end(), [](unsigned char c) { return std::isalpha(c); })) {
        always = true;
        return;
      }
      std::string probe = text::fold(t);
      if (const auto dash = probe.find('-'); dash != std::string::npos) probe.resize(dash);
      if (probe.empty()) {
        always = true;
        return;
      }
      needles.push_back(std::move(probe));
    }
    // Folded Cyrillic starts nearly every other byte with 0xD0 or 0xD1, which makes
    // std::string::find's first-byte scan compare at almost every character.
    for (const auto& n : needles) searchers.emplace_back(n.begin(), n.end());
  }
  // The byte ranges of `content` that may hold a term, in order: its whitespace-separated
  // chunks that contain a needle (the analyzer never joins words across whitespace, so a chunk
  // analysed alone gives the tokens it gives in place), or the whole text when its folded form
  // does not keep offsets.
  std::vector<std::pair<std::size_t, std::size_t>> ranges(std::string_view content) const {
    if (always) return {{0, content.size()}};
    const std::optional<std::string> folded = text::fold_keeping_offsets(content);
    if (!folded) {
      const std::string all = text::fold(content);
      if (std::none_of(searchers.begin(), searchers.end(), [&](const auto& n) { return std::search(all.begin(), all.end(), n) != all.end(); }))
        return {};
      return {{0, content.size()}};
    }
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t k = 0; k < needles.size(); ++k)
      for (auto it = std::search(folded->begin(), folded->end(), searchers[k]); it != folded->end();
           it = std::search(it + 1, folded->end(), searchers[k])) {
        const auto at = static_cast<std::size_t>(it - folded->begin());
        std::size_t begin = at, end = at + needles[k].size();
        while (begin > 0 && !is_space(content[begin - 1])) --begin;
        while (end < content.size() && !is_space(content[end])) ++end;
        out.emplace_back(begin, end);
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
};

// The non-stop tokens of the byte ranges `ranges` of `content` (disjoint, in order), with offsets
// into `content`. The ranges are analysed in one call, joined by spaces: the analyzer never joins
// words across whitespace, and one call costs less than one per range (ICU setup per call).
std::vector<Hit> chunk_tokens(std::string_view content, const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                              const text::Analyzer& analyzer) {
  std::string joined;
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (offset in joined, offset in content)
  for (const auto& [from, to] : ranges) {
    starts.emplace_back(joined.size(), from);
    joined.append(content.substr(from, to - from));
    joined += ' ';
  }
  std::vector<Hit> out;
  for (auto& t : analyzer.analyze(joined)) {
    if (t.kind == text::TokenKind::stop) continue;
    const auto chunk = std::prev(std::upper_bound(starts.begin(), starts.end(), t.begin,
                                                  [](std::size_t at, const auto& s) { return at < s.first; }));
    const std::size_t shift = chunk->second - chunk->first;
    out.push_back({t.begin + shift, t.end + shift, std::move(t.term)});
  }
  return out;
}

}  // namespace

Snippet make_snippet(const Practice& p, const std::set<std::string>& terms, const text::Analyzer& analyzer, std::size_t max_bytes) {
  Snippet best_snippet;
  std::size_t best_count = 0;
  std::vector<std::string> matched_folded;
  std::string best_text;
  std::vector<Hit> best_hits;
  std::size_t best_start = 0;

  const Probes probes(terms);
  for (Field f : snippet_fields) {
    const std::string content = field_text(p, f);
    if (content.empty()) continue;
    std::vector<Hit> hits;
    for (const auto& [begin, end, term] : chunk_tokens(content, probes.ranges(content), analyzer))
      if (terms.count(term)) {
        const std::string surface = content.substr(begin, end - begin);
        hits.push_back({begin, end, term});
        const std::string folded = text::fold(surface);
        if (std::find(matched_folded.begin(), matched_folded.end(), folded) == matched_folded.end() &&
            best_snippet.matched.size() < 12) {
          matched_folded.push_back(folded);
          best_snippet.matched.push_back(surface);
        }
      }
    if (hits.empty()) continue;
    // Windows start at the sentence (or line) holding a hit; count distinct terms in each.
    for (const auto& h : hits) {
      std::size_t start = h.begin;
      const std::size_t floor = h.begin > max_bytes / 2 ? h.begin - max_bytes / 2 : 0;
      while (start > floor && content[start - 1] != '\n' && !(content[start - 1] == ' ' && start >= 2 && (content[start - 2] == '.' || content[start - 2] == '!' || content[start - 2] == '?')))
        --start;
      if (start == floor && start > 0) {  // no sentence start close by: begin at a word
        const auto space = content.find(' ', start);
        start = space != std::string::npos && space < h.begin ? space + 1 : h.begin;
      }
      start = char_start(content, start);
      std::set<std::string> distinct;
      for (const auto& o : hits)
        if (o.begin >= start && o.end <= start + max_bytes) distinct.insert(o.term);
      if (distinct.size() > best_count) {
        best_count = distinct.size();
        best_text = content;
        best_hits = hits;
        best_start = start;
      }
    }
  }
  if (best_count == 0) {
    // No match (filters only): the start of the summary.
    best_text = p.summary.empty() ? p.problem : p.summary;
    best_start = 0;
    best_hits.clear();
  }

  std::size_t stop = std::min(best_text.size(), best_start + max_bytes);
  if (stop < best_text.size()) {
    const auto space = best_text.rfind(' ', stop);
    stop = space != std::string::npos && space > best_start ? space : char_start(best_text, stop);
  }
  std::string& html = best_snippet.html;
  if (best_start > 0) html += "… ";
  std::size_t cursor = best_start;
  for (const auto& h : best_hits) {
    if (h.begin < cursor || h.end > stop) continue;
    html += escape_line(std::string_view(best_text).substr(cursor, h.begin - cursor));
    html += "<b>" + escape_line(std::string_view(best_text).substr(h.begin, h.end - h.begin)) + "</b>";
    cursor = h.end;
  }
  html += escape_line(std::string_view(best_text).substr(cursor, stop - cursor));
  if (stop < best_text.size()) html += " …";
  return best_snippet;
}

}  // namespace practice::detail
