#include <practice/profile.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/text/normalize.hpp>
#include <practice/utf8.hpp>

namespace practice {

std::string_view scope_key(Scope s) {
  switch (s) {
    case Scope::all: return "all";
    case Scope::own: return "own";
    case Scope::neighbours: return "neighbours";
    case Scope::district: return "district";
  }
  return "all";
}

void to_json(nlohmann::json& j, const Profile& v) {
  j = {{"organization", v.organization}, {"region", v.region}, {"target_groups", v.target_groups},
       {"problem", v.problem}, {"resources", v.resources}};
  if (v.limit) j["limit"] = *v.limit;
  if (v.scope) j["scope"] = scope_key(*v.scope);
}

void from_json(const nlohmann::json& j, Profile& v) {
  if (!j.is_object()) throw InvalidArgument("профиль должен быть JSON-объектом");
  // Reuse the practice reader's type checks for the shared keys.
  Practice shape = nlohmann::json{{"region", j.value("region", nlohmann::json())},
                                  {"target_groups", j.value("target_groups", nlohmann::json())},
                                  {"problem", j.value("problem", nlohmann::json())},
                                  {"resources", j.value("resources", nlohmann::json())}}
                       .get<Practice>();
  v = Profile{};
  v.region = shape.region;
  v.target_groups = shape.target_groups;
  v.problem = shape.problem;
  v.resources = shape.resources;
  if (auto it = j.find("organization"); it != j.end() && !it->is_null()) {
    if (it->is_string()) v.organization = it->get<std::string>();
    else if (it->is_object()) v.organization = it->value("name", "");
    else throw InvalidArgument("поле \"organization\": ожидается строка");
  }
  if (auto it = j.find("limit"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<long long>() <= 0 || it->get<long long>() > 1000)
      throw InvalidArgument("поле \"limit\": ожидается целое число от 1 до 1000");
    v.limit = it->get<std::size_t>();
  }
  if (auto it = j.find("scope"); it != j.end() && !it->is_null()) {
    const std::string s = it->is_string() ? it->get<std::string>() : std::string();
    if (s == "all") v.scope = Scope::all;
    else if (s == "own") v.scope = Scope::own;
    else if (s == "neighbours" || s == "neighbors") v.scope = Scope::neighbours;
    else if (s == "district") v.scope = Scope::district;
    else throw InvalidArgument("поле \"scope\": ожидается own, neighbours, district или all");
  }
  bool has_groups = false;
  for (const auto& g : v.target_groups) has_groups = has_groups || !text::trim(g).empty();
  if (text::trim(v.problem).empty() && !has_groups)
    throw InvalidArgument("в профиле нужно указать проблему (problem) или целевые группы (target_groups)");
}

Profile parse_profile(std::string_view json_text, const std::string& name) {
  if (auto bad = find_invalid_utf8(json_text))
    throw ParseError(name, line_of_offset(json_text, *bad), "недопустимая последовательность UTF-8 в байте " + std::to_string(*bad));
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw ParseError(name, line_of_offset(json_text, e.byte > 0 ? e.byte - 1 : 0),
                     "профиль не является корректным JSON (байт " + std::to_string(e.byte) + ")");
  }
  try {
    return j.get<Profile>();
  } catch (const InvalidArgument& e) {
    throw ParseError(name, 0, e.what());
  }
}

Profile load_profile(const std::filesystem::path& path) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    return parse_profile(ss.str(), "<stdin>");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path.string(), 0, "файл профиля не найден или не читается");
  ss << in.rdbuf();
  return parse_profile(ss.str(), path.string());
}

}  // namespace practice
