// Snippets analyse only the words that may hold a query term; they must still highlight every
// matching word of the window they show, whatever surrounds it (dashes, no-break spaces, ё,
// capitals, quotes), on the shipped corpus.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include <practice/text/analyzer.hpp>

#include "../../index/src/snippet.hpp"
#include "support/fixtures.hpp"

using namespace practice;

namespace {
std::set<std::string> terms_of(const text::Analyzer& a, const std::string& query) {
  std::set<std::string> out;
  for (const auto& t : a.analyze(query))
    if (t.kind != text::TokenKind::stop) out.insert(t.term);
  return out;
}

std::string unescape(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&#39;", "'"}, {"&amp;", "&"}})
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// The snippet's text without tags, and its bold parts.
std::pair<std::string, std::vector<std::string>> parts(const std::string& html) {
  std::string text;
  std::vector<std::string> bold;
  for (std::size_t at = 0; at < html.size();) {
    const auto open = html.find("<b>", at);
    text += html.substr(at, open == std::string::npos ? std::string::npos : open - at);
    if (open == std::string::npos) break;
    const auto close = html.find("</b>", open);
    bold.push_back(unescape(html.substr(open + 3, close - open - 3)));
    text += html.substr(open + 3, close - open - 3);
    at = close + 4;
  }
  return {unescape(text), bold};
}
}  // namespace

TEST_CASE("snippets highlight words after dashes, no-break spaces, ё and capitals", "[index]") {
  const auto analyzer = text::Analyzer::russian();
  Practice p;
  p.summary = "Клуб «Ёлочка»\u00A0— для\u00A0родителей ДЕТЕЙ с аутизмом; занятия ведут волонтёры и ЁЛКИ-палки.";
  const auto s = detail::make_snippet(p, terms_of(analyzer, "родители детей аутизм волонтеры ёлочка"), analyzer);
  CHECK(s.html ==
        "Клуб «<b>Ёлочка</b>»\u00A0— для\u00A0<b>родителей</b> <b>ДЕТЕЙ</b> с <b>аутизмом</b>; занятия ведут <b>волонтёры</b> и "
        "ЁЛКИ-палки.");
  CHECK(s.matched == std::vector<std::string>{"Ёлочка", "родителей", "ДЕТЕЙ", "аутизмом", "волонтёры"});
}

TEST_CASE("snippets highlight every matching word of their window on the corpus", "[index]") {
  const auto analyzer = text::Analyzer::russian();
  const char* queries[] = {"дети с аутизмом", "родители детей-инвалидов", "волонтёры помощь пожилым", "трудоустройство молодых людей с инвалидностью",
                           "ОВЗ", "ДЦП иппотерапия", "Ёлка", "социальное такси для маломобильных граждан"};
  std::size_t bold_total = 0;
  for (const auto& p : testing::corpus())
    for (const char* q : queries) {
      const auto terms = terms_of(analyzer, q);
      const auto s = detail::make_snippet(p, terms, analyzer);
      const auto [text, bold] = parts(s.html);
      std::size_t matching = 0;
      for (const auto& t : analyzer.analyze(text))
        if (t.kind != text::TokenKind::stop && t.kind != text::TokenKind::compound && terms.count(t.term)) ++matching;
      std::size_t bold_matching = 0;
      for (const auto& b : bold) {
        bool any = false;
        for (const auto& t : analyzer.analyze(b))
          if (t.kind != text::TokenKind::compound && terms.count(t.term)) {
            any = true;
            ++bold_matching;
          }
        INFO(p.id << " / " << q << ": <b>" << b << "</b>");
        CHECK(any);
      }
      INFO(p.id << " / " << q << ": " << s.html);
      CHECK(bold_matching == matching);
      bold_total += bold.size();
    }
  CHECK(bold_total > 500);
}
