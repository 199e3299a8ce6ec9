#pragma once
/// @file json.hpp
/// JSON for the model, found by ADL (nlohmann/json). Reading is strict about types: a number
/// where a list is expected is an error naming the key; a single string where a list is
/// expected is taken as a one-item list. Unknown keys are ignored.

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

}  // namespace practice
