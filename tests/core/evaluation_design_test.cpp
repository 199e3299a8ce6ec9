#include <catch2/catch.hpp>

#include <practice/evaluation_design.hpp>
#include <practice/template_parser.hpp>

#include "support/fixtures.hpp"

using namespace practice;

namespace {
const Practice& by_title(std::string_view words) {
  for (const auto& p : testing::corpus())
    if (p.title.find(words) != std::string::npos) return p;
  FAIL("no practice titled with " << words);
  throw;
}
}  // namespace

TEST_CASE("evaluation design: measured effect against counted attendance, on corpus practices", "[evidence]") {
  // «в начале, через 3 и через 6 месяцев по шкалам … (шкала GAS)»: a comparison over time and a
  // standard instrument.
  CHECK(evaluation_design(by_title("Первые шаги")) >= 0.5);
  // «Учет посещаемости, анонимное анкетирование родителей раз в полгода, обратная связь в чате»:
  // attendance and satisfaction, no measured effect.
  CHECK(evaluation_design(by_title("Свои люди")) == 0.0);
}

TEST_CASE("evaluation design: each mark counts once, in any words", "[evidence]") {
  Practice p;
  p.evaluation = "Анкета навыков при заселении и выезде.";
  CHECK(evaluation_design(p) == Approx(0.25));
  p.evaluation += " Стандартизированный протокол оценки.";
  CHECK(evaluation_design(p) == Approx(0.5));
  p.evaluation += " Созвоны с выпускниками через 6 и 12 месяцев.";
  CHECK(evaluation_design(p) == Approx(0.75));
  p.results.qualitative = "Независимая оценка университета подтвердила эффект; повторное тестирование.";
  CHECK(evaluation_design(p) == Approx(1.0));
  CHECK(evaluation_design(Practice{}) == 0.0);
}
