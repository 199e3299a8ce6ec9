// Golden tables for the Russian analyzer: input → "term[position]" as indexed.
#include <catch2/catch.hpp>

#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>

using practice::text::Analyzer;
using practice::text::TokenKind;

namespace {
std::string terms(std::string_view s) {
  static const Analyzer a = Analyzer::russian();
  std::string out;
  for (const auto& t : a.analyze(s)) {
    if (t.kind == TokenKind::stop) continue;
    out += (out.empty() ? "" : " ") + t.term + "[" + std::to_string(t.position) + "]";
  }
  return out;
}
}  // namespace

TEST_CASE("golden term table", "[text]") {
  const std::pair<const char*, const char*> table[] = {
      {"Инвалиды", "инвалид[0]"},
      {"инвалидов инвалидами инвалиды", "инвалид[0] инвалид[1] инвалид[2]"},
      {"волонтёров", "волонтер[0]"},
      {"волонтеров", "волонтер[0]"},
      {"реаби\u00ADлитация", "реабилитац[0]"},
      {"дети-инвалиды", "дет[0] дет-инвалид[0] инвалид[1]"},
      {"детей‐инвалидов", "дет[0] дет-инвалид[0] инвалид[1]"},  // U+2010 hyphen
      {"2024-й год", "2024[0] год[1]"},
      {"2019–2024", "2019[0] 2024[1]"},
      {"«РАС» и раса", "РАС[0] рас[2]"},
      {"дети с РАС", "дет[0] РАС[2]"},
      {"СО НКО со мной", "СО[0] НКО[1] мно[3]"},
      {"й", "й[0]"},
      {"социально\u00A0значимый — проект", "социальн[0] значим[1] проект[2]"},
      {"Helping children", "help[0] children[1]"},
  };
  for (const auto& [input, expected] : table) {
    INFO(input);
    CHECK(terms(input) == expected);
  }
}

TEST_CASE("offsets point into the original text", "[text]") {
  const Analyzer a = Analyzer::russian();
  const std::string text = "Помощь «детям‐инвалидам» и реаби\u00ADлитация";
  for (const auto& t : a.analyze(text)) {
    const std::string slice = text.substr(t.begin, t.end - t.begin);
    CHECK(practice::text::fold(slice).find(t.word.substr(0, 2)) == 0);
  }
  const auto toks = a.analyze(text);
  CHECK(text.substr(toks.back().begin, toks.back().end - toks.back().begin) == "реаби\u00ADлитация");
}

TEST_CASE("fold unifies case, ё and dashes but keeps й", "[text]") {
  CHECK(practice::text::fold("ЁЛКА–Й") == "елка-й");
  CHECK(practice::text::fold("Ｔｅｓｔ") == "test");
}
