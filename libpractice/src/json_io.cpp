#include <practice/json.hpp>

#include <practice/error.hpp>

namespace practice {
namespace {

using nlohmann::json;

std::string type_ru(const json& j) {
  switch (j.type()) {
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "число";
    case json::value_t::boolean: return "логическое значение";
    case json::value_t::array: return "список";
    case json::value_t::object: return "объект";
    case json::value_t::null: return "null";
    default: return "строка";
  }
}

[[noreturn]] void wrong_type(const char* key, const char* expected, const json& got) {
  throw InvalidArgument(std::string("поле \"") + key + "\": ожидается " + expected + ", получено: " + type_ru(got));
}

void read(const json& j, const char* key, std::string& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (it->is_string()) out = it->get<std::string>();
  else if (it->is_number()) out = it->dump();  // a phone or a sum given as a number
  else wrong_type(key, "строка", *it);
}

void read(const json& j, const char* key, std::vector<std::string>& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (it->is_string()) {
    out = {it->get<std::string>()};
    return;
  }
  if (!it->is_array()) wrong_type(key, "список строк", *it);
  out.clear();
  for (const auto& item : *it) {
    if (!item.is_string()) wrong_type(key, "список строк", item);
    out.push_back(item.get<std::string>());
  }
}

// Years outside this range are typos (or garbage), not dates of a social practice.
constexpr long long min_year = 1800, max_year = 2200;

void read(const json& j, const char* key, std::optional<int>& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (it->is_string() && it->get_ref<const std::string&>().empty()) return;
  long long y = 0;
  if (it->is_number_unsigned()) y = it->get<unsigned long long>() > max_year ? max_year + 1 : it->get<long long>();
  else if (it->is_number_integer()) y = it->get<long long>();
  else if (it->is_string()) {
    try {
      y = std::stoll(it->get<std::string>());
    } catch (const std::exception&) {
      wrong_type(key, "год (целое число)", *it);
    }
  } else {
    wrong_type(key, "год (целое число)", *it);
  }
  if (y < min_year || y > max_year)
    throw InvalidArgument(std::string("поле \"") + key + "\": год " + it->dump() + " вне диапазона " +
                          std::to_string(min_year) + "–" + std::to_string(max_year));
  out = static_cast<int>(y);
}

template <class T>
void read_object(const json& j, const char* key, T& out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (!it->is_object()) wrong_type(key, "объект", *it);
  from_json(*it, out);
}

void require_object(const json& j, const char* what) {
  if (!j.is_object()) wrong_type(what, "объект", j);
}

}  // namespace

std::optional<std::size_t> find_deep_nesting(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

void to_json(json& j, const Organization& v) {
  j = {{"legal_form", v.legal_form}, {"name", v.name}, {"head", v.head}, {"region", v.region}};
}
void from_json(const json& j, Organization& v) {
  if (j.is_string()) {  // "organization": "АНО «…»"
    v.name = j.get<std::string>();
    return;
  }
  require_object(j, "organization");
  read(j, "legal_form", v.legal_form);
  read(j, "name", v.name);
  read(j, "head", v.head);
  read(j, "region", v.region);
}

void to_json(json& j, const Results& v) { j = {{"qualitative", v.qualitative}, {"quantitative", v.quantitative}}; }
void from_json(const json& j, Results& v) {
  if (j.is_string()) {
    v.qualitative = j.get<std::string>();
    return;
  }
  require_object(j, "results");
  read(j, "qualitative", v.qualitative);
  read(j, "quantitative", v.quantitative);
}

void to_json(json& j, const Resources& v) {
  j = {{"informational", v.informational}, {"material", v.material}, {"financial", v.financial},
       {"personnel", v.personnel}, {"partners", v.partners}};
}
void from_json(const json& j, Resources& v) {
  require_object(j, "resources");
  read(j, "informational", v.informational);
  read(j, "material", v.material);
  read(j, "financial", v.financial);
  read(j, "personnel", v.personnel);
  read(j, "partners", v.partners);
}

void to_json(json& j, const Contacts& v) {
  j = {{"person", v.person}, {"email", v.email},  {"address", v.address}, {"phone", v.phone},
       {"fax", v.fax},       {"skype", v.skype}, {"website", v.website}};
}
void from_json(const json& j, Contacts& v) {
  require_object(j, "contacts");
  read(j, "person", v.person);
  read(j, "email", v.email);
  read(j, "address", v.address);
  read(j, "phone", v.phone);
  read(j, "fax", v.fax);
  read(j, "skype", v.skype);
  read(j, "website", v.website);
}

void to_json(json& j, const Period& v) {
  j = json::object();
  j["start"] = v.start ? json(*v.start) : json(nullptr);
  j["end"] = v.end ? json(*v.end) : json(nullptr);
  j["ongoing"] = v.ongoing;
}
void from_json(const json& j, Period& v) {
  require_object(j, "period");
  read(j, "start", v.start);
  read(j, "end", v.end);
  if (auto it = j.find("ongoing"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) wrong_type("ongoing", "true или false", *it);
    v.ongoing = it->get<bool>();
  }
}

void to_json(json& j, const Replication& v) {
  j = {{"organization", v.organization}, {"region", v.region}, {"outcome", v.outcome}};
  j["year"] = v.year ? json(*v.year) : json(nullptr);
}
void from_json(const json& j, Replication& v) {
  require_object(j, "replications[]");
  read(j, "organization", v.organization);
  read(j, "region", v.region);
  read(j, "year", v.year);
  read(j, "outcome", v.outcome);
}

void to_json(json& j, const Practice& v) {
  j = json::object();
  j["id"] = v.id;
  j["title"] = v.title;
  j["organization"] = v.organization;
  j["region"] = v.region;
  j["period"] = v.period;
  j["summary"] = v.summary;
  j["problem"] = v.problem;
  j["target_groups"] = v.target_groups;
  j["goal"] = v.goal;
  j["tasks"] = v.tasks;
  j["stages"] = v.stages;
  j["technologies"] = v.technologies;
  j["results"] = v.results;
  j["resources"] = v.resources;
  j["evaluation"] = v.evaluation;
  j["difficulties"] = v.difficulties;
  j["perspectives"] = v.perspectives;
  j["contacts"] = v.contacts;
  j["organization_info"] = v.organization_info;
  j["status"] = v.status;
  j["replications"] = v.replications;
}

void from_json(const json& j, Practice& v) {
  require_object(j, "practice");
  v = Practice{};
  read(j, "id", v.id);
  read(j, "title", v.title);
  if (auto it = j.find("organization"); it != j.end() && !it->is_null()) {
    if (!it->is_object() && !it->is_string()) wrong_type("organization", "объект", *it);
    from_json(*it, v.organization);
  }
  read(j, "region", v.region);
  read_object(j, "period", v.period);
  read(j, "summary", v.summary);
  read(j, "problem", v.problem);
  read(j, "target_groups", v.target_groups);
  read(j, "goal", v.goal);
  read(j, "tasks", v.tasks);
  read(j, "stages", v.stages);
  read(j, "technologies", v.technologies);
  if (auto it = j.find("results"); it != j.end() && !it->is_null()) {
    if (!it->is_object() && !it->is_string()) wrong_type("results", "объект", *it);
    from_json(*it, v.results);
  }
  read_object(j, "resources", v.resources);
  read(j, "evaluation", v.evaluation);
  read(j, "difficulties", v.difficulties);
  read(j, "perspectives", v.perspectives);
  read_object(j, "contacts", v.contacts);
  read(j, "organization_info", v.organization_info);
  read(j, "status", v.status);
  if (auto it = j.find("replications"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) wrong_type("replications", "список", *it);
    for (const auto& r : *it) v.replications.push_back(r.get<Replication>());
  }
}

}  // namespace practice
