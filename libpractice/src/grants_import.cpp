#include <practice/grants_import.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>

namespace practice {
namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? std::string(text::trim(it->get<std::string>())) : std::string();
}

// 942916 → «942 916» (a thin grouping as Russian documents write it).
std::string group_thousands(long long value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), " ");
  return digits;
}

// «Президентский грант 2007 г. (оператор: …): 942 916 руб.»; the amount as published when it
// could not be parsed; empty when the record has none.
std::string financial_of(const nlohmann::json& r, const Period& period) {
  std::string amount;
  if (const auto it = r.find("grant_amount_rub"); it != r.end() && it->is_number())
    amount = group_thousands(std::llround(it->get<double>())) + " руб.";
  else if (auto raw = string_field(r, "grant_amount_raw"); !raw.empty())
    amount = raw + " (сумма как опубликована)";
  if (amount.empty()) return {};
  std::string grant = "Президентский грант";
  if (period.start) grant += " " + std::to_string(*period.start) + " г.";
  if (auto op = string_field(r, "grant_operator"); !op.empty()) grant += " (оператор: " + op + ")";
  return grant + ": " + amount;
}

Period period_of(const nlohmann::json& r) {
  Period p;
  if (const auto it = r.find("years"); it != r.end() && it->is_array())
    for (const auto& y : *it)
      if (y.is_number_integer()) {
        const int year = y.get<int>();
        p.start = p.start ? std::min(*p.start, year) : year;
        p.end = p.end ? std::max(*p.end, year) : year;
      }
  return p;
}

}  // namespace

double GrantsImportReport::resolved_share() const {
  return with_region == 0 ? 1.0 : static_cast<double>(resolved) / static_cast<double>(with_region);
}

void to_json(nlohmann::json& j, const GrantsImportReport& r) {
  std::vector<std::pair<std::string, std::size_t>> unresolved(r.unresolved.begin(), r.unresolved.end());
  std::stable_sort(unresolved.begin(), unresolved.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  j = {{"read", r.read}, {"with_region", r.with_region}, {"resolved", r.resolved}, {"resolved_share", r.resolved_share()},
       {"unresolved", nlohmann::json::array()}, {"errors", nlohmann::json::array()}};
  for (const auto& [region, count] : unresolved) j["unresolved"].push_back({{"region", region}, {"count", count}});
  for (const auto& e : r.errors) j["errors"].push_back({{"file", e.file}, {"line", e.line}, {"message", e.message}});
}

Practice practice_from_grant(const nlohmann::json& r, const std::string& source, const RegionTable& regions) {
  if (!r.is_object()) throw InvalidArgument("запись не является объектом JSON");
  Practice p;
  p.id = string_field(r, "id");
  p.title = string_field(r, "title");
  if (p.id.empty()) throw InvalidArgument("у записи нет поля «id»");
  if (p.title.empty()) throw InvalidArgument("у записи нет названия проекта (поле «title»)");
  p.organization.name = string_field(r, "organization");
  p.organization.region = string_field(r, "region");  // as published
  if (const Region* region = regions.resolve(p.organization.region)) p.region = region->name;
  p.period = period_of(r);
  p.resources.financial = financial_of(r, p.period);
  if (auto inn = string_field(r, "organization_inn"); !inn.empty()) p.organization_info = "ИНН " + inn;
  p.source = source;
  return p;
}

GrantsImportReport import_grants(const std::filesystem::path& file, const std::function<void(Practice&&)>& on_practice,
                                 const RegionTable& regions) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ParseError(file.string(), 0, std::filesystem::exists(file) ? "файл не удаётся прочитать" : "файл не найден");
  GrantsImportReport report;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (text::trim(line).empty()) continue;
    const std::string where = file.string() + ":" + std::to_string(number);
    try {
      Practice p = practice_from_grant(nlohmann::json::parse(line), where, regions);
      ++report.read;
      if (!p.organization.region.empty()) {
        ++report.with_region;
        if (!p.region.empty()) ++report.resolved;
        else ++report.unresolved[p.organization.region];
      }
      on_practice(std::move(p));
    } catch (const nlohmann::json::parse_error& e) {
      report.errors.push_back({file.string(), number, "строка не является корректным JSON (байт " + std::to_string(e.byte) + " строки)"});
    } catch (const InvalidArgument& e) {
      report.errors.push_back({file.string(), number, e.what()});
    }
  }
  return report;
}

}  // namespace practice
