// What a «Ресурсы» section says a practice needs, or a profile says an NGO has.
#include <catch2/catch.hpp>

#include <algorithm>

#include <practice/resources_needed.hpp>

using namespace practice;

TEST_CASE("resource facts are read from Russian text", "[resources]") {
  Resources r;
  r.financial = "грант Фонда президентских грантов — 1 200 000 рублей";
  r.material = "собственное помещение 140 м², микроавтобус";
  r.personnel = "2 логопеда, дефектолог, психолог, 12 волонтёров";
  const auto f = read_resources(r);
  CHECK(f.money_rub == Approx(1.2e6));
  CHECK(f.premises);
  CHECK(f.area_m2 == Approx(140));
  CHECK(f.vehicle);
  CHECK(std::find(f.specialists.begin(), f.specialists.end(), "логопед") != f.specialists.end());
  CHECK(f.volunteers == 12);
  CHECK(format_rub(1.2e6) == "1,2 млн руб.");
  Resources none;
  none.financial = "без финансирования";
  CHECK(read_resources(none).no_money);
}

TEST_CASE("an area alone is premises, and a social-work specialist is a social worker", "[resources]") {
  Resources r;
  r.material = "крыло 150 м² на первом этаже, санузел с поручнями";  // no word «помещение»
  r.personnel = "можем выделить 4 ставки: специалист по соцработе, 2 помощника по уходу, психолог";
  const auto f = read_resources(r);
  CHECK(f.premises);
  CHECK(f.area_m2 == Approx(150));
  CHECK(std::find(f.specialists.begin(), f.specialists.end(), "социальный работник") != f.specialists.end());
  Resources other;
  other.personnel = "специалист по социальной работе на полставки";
  const auto g = read_resources(other);
  CHECK(std::find(g.specialists.begin(), g.specialists.end(), "социальный работник") != g.specialists.end());
  CHECK_FALSE(g.premises);
}

TEST_CASE("funding named without a sum, and «почти нет», are read as NGOs write them", "[resources]") {
  auto money = [](const char* text) {
    Resources r;
    r.financial = text;
    return read_resources(r);
  };
  for (const char* none : {"нет", "почти нет", "пока нет, хотим подать на грант", "нет, на поездки скинемся"}) {
    CAPTURE(none);
    CHECK(money(none).no_money);
    CHECK_FALSE(money(none).money_unspecified);
  }
  for (const char* some : {"бюджет учреждения, плата за услуги по тарифу", "краевая субсидия на оздоровление",
                           "членские взносы", "муниципальное финансирование"}) {
    CAPTURE(some);
    CHECK(money(some).money_unspecified);
    CHECK_FALSE(money(some).no_money);
    CHECK_FALSE(money(some).money_rub);
  }
  // A «нет» that names no source: «на это нет», «своих нет».
  CHECK(money("на это нет").no_money);
  CHECK_FALSE(money("грантов нет, но есть спонсор").no_money);
  CHECK_FALSE(money("грант 500 тыс. руб.").money_unspecified);  // the sum says it
  CHECK_FALSE(money("энтузиазм").money_unspecified);
}

TEST_CASE("a workshop, a storehouse or a greenhouse with land is premises", "[resources]") {
  for (const char* material : {"своя столярная мастерская", "склад на первом этаже", "огород 40 соток, теплица, куры"}) {
    CAPTURE(material);
    Resources r;
    r.material = material;
    CHECK(read_resources(r).premises);
  }
  Resources none;
  none.material = "ноутбук и проектор";
  CHECK_FALSE(read_resources(none).premises);
}

TEST_CASE("short specialist names start a word, and a farm's UAZ is a vehicle", "[resources]") {
  Resources r;
  r.personnel = "преподаватель музыки, воспитатели, Слава — водитель";
  const auto f = read_resources(r);
  CHECK(std::find(f.specialists.begin(), f.specialists.end(), "специалист по АВА") == f.specialists.end());
  CHECK(std::find(f.specialists.begin(), f.specialists.end(), "водитель") != f.specialists.end());
  Resources aba;
  aba.personnel = "два АВА-терапевта, инструктор ЛФК";
  const auto g = read_resources(aba);
  CHECK(std::find(g.specialists.begin(), g.specialists.end(), "специалист по АВА") != g.specialists.end());
  CHECK(std::find(g.specialists.begin(), g.specialists.end(), "инструктор ЛФК") != g.specialists.end());
  CHECK(std::find(g.specialists.begin(), g.specialists.end(), "инструктор") == g.specialists.end());  // the same person
  Resources farm;
  farm.material = "ферма 5 га, коровник, УАЗ-буханка";
  CHECK(read_resources(farm).vehicle);
}
