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
