#include <practice/replication_records.hpp>


#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/regions.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {
namespace {

constexpr int first_plausible_year = 1990;
constexpr int last_plausible_year = 2100;

// Returns the Russian reason a record is not acceptable, or "" when it is.
std::string check(ReplicationRecord& r, const nlohmann::json& j) {
  const auto id = j.find("practice");
  if (id == j.end() || !id->is_string() || text::trim(id->get<std::string>()).empty())
    return "не указан идентификатор практики (поле \"practice\")";
  r.practice_id = std::string(text::trim(id->get<std::string>()));
  r.replication = j.get<Replication>();
  if (!text::trim(r.replication.region).empty()) {
    const auto& regions = RegionTable::russia();
    const Region* where = regions.resolve(r.replication.region);
    if (!where) {
      std::string hint;
      for (const auto& s : regions.suggest(r.replication.region)) hint += (hint.empty() ? "" : ", ") + s;
      return "неизвестный регион «" + r.replication.region + "»" + (hint.empty() ? "" : "; возможно: " + hint);
    }
    r.replication.region = where->name;
  }
  if (r.replication.year && (*r.replication.year < first_plausible_year || *r.replication.year > last_plausible_year))
    return "год тиражирования " + std::to_string(*r.replication.year) + " вне допустимого диапазона";
  return {};
}

}  // namespace

ReplicationLoad parse_replication_records(std::string_view text, const std::string& name) {
  ReplicationLoad out;
  if (auto bad = find_invalid_utf8(text)) {
    out.errors.push_back({name, line_of_offset(text, *bad), "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad)});
    return out;
  }
  for_each_json_line(
      text, name,
      [&](const nlohmann::json& j, std::size_t line) {
        ReplicationRecord r{{}, {}, name, line};
        if (!j.is_object()) {
          out.errors.push_back({name, line, "ожидается объект JSON с полями practice, organization, region, year, outcome"});
          return;
        }
        try {
          if (std::string reason = check(r, j); !reason.empty()) {
            out.errors.push_back({name, line, std::move(reason)});
            return;
          }
        } catch (const InvalidArgument& e) {  // a field of the wrong type
          out.errors.push_back({name, line, e.what()});
          return;
        } catch (const nlohmann::json::exception& e) {
          out.errors.push_back({name, line, std::string("неверная запись: ") + e.what()});
          return;
        }
        out.records.push_back(std::move(r));
      },
      [&](LoadError&& e) { out.errors.push_back(std::move(e)); });
  if (out.records.empty() && out.errors.empty()) out.errors.push_back({name, 0, "файл пуст"});
  return out;
}

ReplicationLoad load_replication_records(const std::filesystem::path& path) {
  ReplicationLoad out;
  auto content = read_input(path, [&](LoadError&& e) { out.errors.push_back(std::move(e)); });
  return content ? parse_replication_records(*content, path == "-" ? "<stdin>" : path.string()) : out;
}

}  // namespace practice
