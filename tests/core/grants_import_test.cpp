// The presidential-grants importer: published region spellings and the record → practice mapping.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include <practice/error.hpp>
#include <practice/grants_import.hpp>
#include <practice/regions.hpp>

using namespace practice;
namespace fs = std::filesystem;

TEST_CASE("region strings as the grant operators published them", "[import]") {
  const auto& t = RegionTable::russia();
  // Each spelling below occurs in ngodata_presidential_grants_2007_2012.jsonl.
  const std::pair<const char*, const char*> table[] = {
      {"г.Курск Курская область ЦФО", "46"},
      {"Респ. Бурятия", "03"},
      {"г. Новосибирск", "54"},
      {"г.Москва ЦФО", "77"},
      {"г. Санкт-Птербург", "78"},
      {"г. Санкт-Петербург, СЗФО", "78"},
      {"г.Вологда Вологодскаяобласть СЗФО", "35"},
      {"г. Екатеринбург УФО", "66"},
      {"г.Горно-Алтайск СФО", "04"},
      {"г. Нягань Ханты-Мансийский автономный округ-Югра УФО", "86"},
      {"г. Владикавказ Республика Северная Осетия -Алания ЮФО", "15"},
      {"г.Владивосток-87 Приморский край ДФО", "25"},
      {"с. Майма Майминского района, Республика Алтай СФО", "04"},
      {"г.Тюмень Тюменской области УФО", "72"},
      {"Республика Мэрий Эл", "12"},
      {"Республика Карачаево-Черкессия", "09"},
      {"Республика Удмуртия", "18"},
      {"Республика Чувашия", "21"},
      {"Еврейская АО", "79"},
      {"Читинская область", "75"},
      {"Камчатская область, Корякский автономный округ", "41"},
      {"г. В. Новгород", "53"},
      {"г. Петропавловск-Камчатский", "41"},
      {"г. Елабуга", "16"},
      {"г.Рыбинск", "76"},
      {"г. Мытищи", "50"},
      {"г. Ухта", "11"},
      {"г.Нижний Тагил", "66"},
      {"г. Орск", "56"},
      {"г. Стрежевой Томская область СФО", "70"},
      {"Динской район, станица Новотитаровская", "23"},
      {"Одинцовский район, с. Усово", "50"},
      {"Предгорный район, с. Юца", "26"},
      {"с. Галкинское Свердловской области", "66"},
  };
  for (const auto& [text, id] : table) {
    INFO(text);
    const Region* r = t.resolve(text);
    REQUIRE(r != nullptr);
    CHECK(r->id == id);
  }
}

TEST_CASE("a grants record maps onto the model, nothing invented", "[import]") {
  const auto record = nlohmann::json::parse(R"({"id": "ngodata-nbfond-2007-0001",
      "title": "Социальная и психологическая поддержка неизлечимо больных граждан",
      "organization": "Майкопская городская общественная организация «Милосердие»", "region": "г.Майкоп",
      "region_id": null, "grant_amount_raw": "942.916", "grant_amount_rub": 942916.0, "years": [2007],
      "grant_operator": "Национальный благотворительный фонд", "organization_inn": "0105000000"})");
  const Practice p = practice_from_grant(record, "grants.jsonl:1");
  CHECK(p.id == "ngodata-nbfond-2007-0001");
  CHECK(p.title == "Социальная и психологическая поддержка неизлечимо больных граждан");
  CHECK(p.organization.name == "Майкопская городская общественная организация «Милосердие»");
  CHECK(p.organization.region == "г.Майкоп");  // as published
  CHECK(p.region == "Республика Адыгея");       // resolved
  CHECK(p.period == Period{2007, 2007, false});
  CHECK(p.resources.financial == "Президентский грант 2007 г. (оператор: Национальный благотворительный фонд): 942 916 руб.");
  CHECK(p.organization_info == "ИНН 0105000000");
  CHECK(p.source == "grants.jsonl:1");
  // What the record does not hold stays empty.
  CHECK(p.summary.empty());
  CHECK(p.problem.empty());
  CHECK(p.target_groups.empty());
  CHECK(p.goal.empty());
  CHECK(p.contacts == Contacts{});
  CHECK(p.organization.head.empty());

  CHECK_THROWS_AS(practice_from_grant(nlohmann::json::parse(R"({"id": "x"})"), "g:2"), InvalidArgument);
}

TEST_CASE("import_grants reports resolution and bad lines", "[import]") {
  const fs::path file = fs::temp_directory_path() / ("practice-grants-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(file);
    out << R"({"id": "g-1", "title": "Клуб родителей детей-инвалидов", "organization": "АНО «Вместе»", "region": "Респ. Бурятия", "years": [2009]})" << "\n"
        << R"({"id": "g-2", "title": "Школа волонтёров", "organization": "РОО «Рука помощи»", "region": "Северный полюс", "years": [2010]})" << "\n"
        << "\n"
        << R"({"id": "g-3", "title": "Летний лагерь", "organization": "ООО «Лагерь»", "years": [2011]})" << "\n"
        << "{not json\n"
        << R"({"id": "g-5", "organization": "без названия", "years": [2011]})" << "\n";
  }
  std::vector<Practice> got;
  const GrantsImportReport r = import_grants(file, [&](Practice&& p) { got.push_back(std::move(p)); });
  fs::remove(file);
  CHECK(r.read == 3);
  CHECK(got.size() == 3);
  CHECK(r.with_region == 2);
  CHECK(r.resolved == 1);
  CHECK(r.resolved_share() == Approx(0.5));
  CHECK(r.unresolved == std::map<std::string, std::size_t>{{"Северный полюс", 1}});
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].line == 5);
  CHECK(r.errors[0].message.find("не является корректным JSON") != std::string::npos);
  CHECK(r.errors[1].line == 6);
  CHECK(r.errors[1].message.find("нет названия") != std::string::npos);
  CHECK(got[0].region == "Республика Бурятия");
  CHECK(got[2].region.empty());

  CHECK_THROWS_AS(import_grants("/nonexistent/grants.jsonl", [](Practice&&) {}), ParseError);
}
