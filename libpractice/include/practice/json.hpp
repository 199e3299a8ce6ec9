#pragma once
/// @file json.hpp
/// JSON for the model, found by ADL (nlohmann/json). Reading is strict about types: a number
/// where a list is expected is an error naming the key; a single string where a list is
/// expected is taken as a one-item list. Unknown keys are ignored.

#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include <practice/model.hpp>

namespace practice {

void to_json(nlohmann::json& j, const Organization& v);
void from_json(const nlohmann::json& j, Organization& v);
void to_json(nlohmann::json& j, const Results& v);
void from_json(const nlohmann::json& j, Results& v);
void to_json(nlohmann::json& j, const Resources& v);
void from_json(const nlohmann::json& j, Resources& v);
void to_json(nlohmann::json& j, const Contacts& v);
void from_json(const nlohmann::json& j, Contacts& v);
void to_json(nlohmann::json& j, const Period& v);
void from_json(const nlohmann::json& j, Period& v);
void to_json(nlohmann::json& j, const Replication& v);
void from_json(const nlohmann::json& j, Replication& v);
/// `source` is not written; empty strings and lists are written as they are.
void to_json(nlohmann::json& j, const Practice& v);
/// @throws InvalidArgument naming the key whose value has the wrong type.
void from_json(const nlohmann::json& j, Practice& v);

/// Deepest nesting of arrays and objects our readers accept; a practice needs 3.
inline constexpr std::size_t max_json_depth = 64;

/// Byte offset where `text` nests arrays or objects deeper than `max_depth`, or nullopt.
/// Checked before parsing: nlohmann/json parses, prints and frees nested values recursively,
/// so "[[[[…" a million deep would overflow the stack.
std::optional<std::size_t> find_deep_nesting(std::string_view text, std::size_t max_depth = max_json_depth);

}  // namespace practice
