#include "snippet.hpp"

#include <algorithm>

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

}  // namespace

Snippet make_snippet(const Practice& p, const std::set<std::string>& terms, const text::Analyzer& analyzer, std::size_t max_bytes) {
  Snippet best_snippet;
  std::size_t best_count = 0;
  std::vector<std::string> matched_folded;
  std::string best_text;
  std::vector<Hit> best_hits;
  std::size_t best_start = 0;

  for (Field f : snippet_fields) {
    const std::string content = field_text(p, f);
    if (content.empty()) continue;
    std::vector<Hit> hits;
    for (const auto& t : analyzer.analyze(content))
      if (t.kind != text::TokenKind::stop && terms.count(t.term)) {
        hits.push_back({t.begin, t.end, t.term});
        const std::string surface = content.substr(t.begin, t.end - t.begin);
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
