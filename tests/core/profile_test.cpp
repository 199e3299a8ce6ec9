// NGO profiles as `match --profile` reads them: what is refused, with the line, and what is not.
#include <catch2/catch.hpp>

#include <practice/error.hpp>
#include <practice/profile.hpp>

using namespace practice;

namespace {
// The ParseError for a profile that must be refused.
ParseError refused(const std::string& json) {
  try {
    parse_profile(json, "профиль.json");
  } catch (const ParseError& e) {
    return e;
  }
  FAIL("accepted: " << json);
  throw;  // unreachable
}
bool has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a profile needs a problem or target groups", "[profile][bad-input]") {
  const auto e = refused("{\"region\": \"Иркутская область\", \"target_groups\": [\" \"], \"problem\": \"\"}");
  CHECK(e.file() == "профиль.json");
  CHECK(has(e.what(), "нужно указать проблему (problem) или целевые группы (target_groups)"));
}

TEST_CASE("an unknown region is refused with its line and suggestions", "[profile][bad-input]") {
  const auto e = refused("{\n  \"problem\": \"одиночество пожилых\",\n  \"region\": \"Атлантида\"\n}");
  CHECK(e.line() == 3);
  CHECK(has(e.what(), "поле \"region\": неизвестный регион «Атлантида»; возможно, имелся в виду: "));
  CHECK(refused("{\"problem\": \"дети\", \"region\": \"Нарния\"}").line() == 1);
}

TEST_CASE("a region in another spelling is accepted as written", "[profile]") {
  for (const char* spelling : {"Респ. Бурятия", "бурятия", "Республика Бурятия", "г. Улан-Удэ", "в Иркутской области", "Иркутская обл."}) {
    INFO(spelling);
    const Profile p = parse_profile(std::string("{\"problem\": \"дети\", \"region\": \"") + spelling + "\"}", "p.json");
    CHECK(p.region == spelling);
  }
}

TEST_CASE("negative and absurd resource figures are refused", "[profile][bad-input]") {
  const auto negative_number = refused("{\"problem\": \"дети\",\n \"resources\": {\"financial\": -50000}}");
  CHECK(negative_number.line() == 2);
  CHECK(has(negative_number.what(), "поле \"resources.financial\": отрицательное значение -50000"));
  CHECK(has(refused("{\"problem\": \"дети\", \"resources\": {\"financial\": \"бюджет -300 000 руб.\"}}").what(),
            "отрицательное значение «-300 000»"));
  CHECK(has(refused("{\"problem\": \"дети\", \"resources\": {\"personnel\": \"\u2212" "5 волонтёров\"}}").what(),
            "отрицательное значение"));
  CHECK(has(refused("{\"problem\": \"дети\", \"resources\": {\"financial\": 1e300}}").what(),
            "неправдоподобно большое значение"));
  CHECK(has(refused("{\"problem\": \"дети\", \"resources\": {\"material\": \"помещение 9999999999999999 м²\"}}").what(),
            "неправдоподобно большое значение «9999999999999999»"));
}

TEST_CASE("a number beyond double in a profile is a clear error (found by fuzzing)", "[profile][bad-input]") {
  CHECK(has(refused("{\"problem\":\"дети\",\"resources\":{\"financial\":-5e308}}").what(), "число вне допустимого диапазона"));
}

TEST_CASE("ordinary resource text with dashes and large sums is accepted", "[profile]") {
  const Profile p = parse_profile(
      R"({"problem": "дети", "resources": {"financial": "1 200 000 руб. в год", "personnel": "2-3 психолога, 10–15 волонтёров",
          "material": "- помещение 60 м²", "partners": "ГБУ «КЦСОН-2», ОГРН 1023801234567"}})",
      "p.json");
  CHECK(p.resources.financial == "1 200 000 руб. в год");
  CHECK(p.resources.material == "- помещение 60 м²");
}

TEST_CASE("a profile that is not an object or nests too deep", "[profile][bad-input]") {
  CHECK(has(refused("[1, 2]").what(), "профиль должен быть JSON-объектом"));
  const auto deep = refused("{\"problem\": " + std::string(10000, '[') + std::string(10000, ']') + "}");
  CHECK(has(deep.what(), "вложенность JSON глубже 64 уровней"));
}
