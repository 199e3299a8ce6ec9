// text::fold folds ASCII and Russian text without ICU: it must equal ICU's NFKC_Casefold
// (then ё → е, dashes → '-', no-break spaces → ' ') on real text, checked line by line on
// the shipped corpus, whose lines mix both paths (plain Russian, and «», №, dashes, ё).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <practice/text/normalize.hpp>

namespace fs = std::filesystem;

namespace {
std::string icu_fold(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = norm->normalize(icu::UnicodeString::fromUTF8(s), status);
  REQUIRE(U_SUCCESS(status));
  for (int32_t i = 0; i < u.length(); ++i) {
    const char16_t c = u.charAt(i);
    if (c == u'ё') u.setCharAt(i, u'е');
    else if (c == u'Ё') u.setCharAt(i, u'Е');
    else if (c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014' ||
             c == u'\u2015' || c == u'\u2212' || c == u'\uFE63' || c == u'\uFF0D')
      u.setCharAt(i, u'-');
    else if (c == u'\u00A0' || c == u'\u202F') u.setCharAt(i, u' ');
  }
  std::string out;
  return u.toUTF8String(out);
}
}  // namespace

TEST_CASE("fold equals ICU's case folding on every line of the corpus", "[text]") {
  std::size_t lines = 0, kept_lines = 0;
  for (const auto& entry : fs::directory_iterator(std::string(PRACTICE_CORPUS_DIR) + "/practices")) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line); ++lines) {
      INFO(entry.path().filename().string() << ": " << line);
      CHECK(practice::text::fold(line) == icu_fold(line));
      if (const auto kept = practice::text::fold_keeping_offsets(line)) {
        CHECK(kept->size() == line.size());
        CHECK(practice::text::fold(*kept) == practice::text::fold(line));
        ++kept_lines;
      }
    }
  }
  CHECK(lines > 1000);
  CHECK(kept_lines > lines / 2);  // the common case keeps offsets
  CHECK(practice::text::fold_keeping_offsets("«Дом»\u00A0— Ёлка") == std::string("«дом»\u00A0— елка"));
  CHECK_FALSE(practice::text::fold_keeping_offsets("Ünïcode"));
  CHECK(practice::text::fold("ЁЖИК Ёлка ABC-xyz Щука Я") == "ежик елка abc-xyz щука я");
  CHECK(practice::text::fold("«Дом» — “да”\u00A0–\u00A0„нет“") == "«дом» - “да” - „нет“");
  CHECK(practice::text::fold("е\u0308ж и\u0306од №5 …") == icu_fold("е\u0308ж и\u0306од №5 …"));  // composing: ICU
  CHECK(practice::text::fold("Ⅻ Ünïcode Ꙗ") == icu_fold("Ⅻ Ünïcode Ꙗ"));  // beyond the fast path: ICU
}
