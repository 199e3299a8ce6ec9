#include <practice/json.hpp>
#include <practice/search.hpp>

namespace practice {

void to_json(nlohmann::json& j, const SearchHit& v) {
  j = {{"id", v.id},       {"title", v.title},     {"region", v.region},   {"organization", v.organization},
       {"score", v.score}, {"weight", v.weight},   {"snippet", v.snippet}, {"matched", v.matched}};
  if (v.practice) j["practice"] = *v.practice;
}

void to_json(nlohmann::json& j, const FacetCount& v) { j = {{"value", v.value}, {"count", v.count}}; }

void to_json(nlohmann::json& j, const SearchResults& v) {
  j = {{"query", v.query}, {"total", v.total}, {"results", v.results}, {"facets", v.facets},
       {"facets_estimated", v.facets_estimated},
       {"relaxed", v.relaxed}, {"warnings", v.warnings}, {"took_ms", v.took_ms}};
  j["suggestion"] = v.suggestion ? nlohmann::json(*v.suggestion) : nlohmann::json(nullptr);
  if (!v.shards.empty()) j["shards"] = v.shards;
}

void to_json(nlohmann::json& j, const ShardStatus& v) {
  j = {{"name", v.name}, {"location", v.location}, {"ok", v.ok}, {"documents", v.documents}};
  if (!v.ok) j["error"] = v.error;
}

void to_json(nlohmann::json& j, const Stats& v) {
  j = {{"total", v.total},
       {"by_region", v.by_region},
       {"by_federal_district", v.by_federal_district},
       {"by_target_group", v.by_target_group},
       {"by_year", v.by_year},
       {"replications", v.replications},
       {"replications_by_region", v.replications_by_region},
       {"replications_by_practice", v.replications_by_practice}};
}

void to_json(nlohmann::json& j, const AddReport& v) { j = {{"added", v.added}, {"replaced", v.replaced}}; }

}  // namespace practice
