#pragma once
/// @file profile.hpp
/// The NGO profile that `match` takes (DESIGN.md).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/model.hpp>

namespace practice {

/// Where to look for practices, relative to the profile's region.
enum class Scope { all, own, neighbours, district };

struct Profile {
  std::string organization;
  std::string region;
  std::vector<std::string> target_groups;
  std::string problem;
  Resources resources;
  std::optional<std::size_t> limit;
  std::optional<Scope> scope;  ///< unset: all, unless the problem text asks otherwise
  bool operator==(const Profile&) const = default;
};

std::string_view scope_key(Scope s);
void to_json(nlohmann::json& j, const Profile& v);
/// @throws InvalidArgument for wrong types, an unknown scope, or neither problem nor target groups.
void from_json(const nlohmann::json& j, Profile& v);

/// Reads a profile from a JSON file, or standard input for "-".
/// @throws ParseError with the file and line for malformed JSON or a bad value.
Profile load_profile(const std::filesystem::path& path);

/// Parses one profile from JSON text; `name` names it in errors.
Profile parse_profile(std::string_view json_text, const std::string& name);

}  // namespace practice
