#include "facet_column.hpp"

namespace practice::detail {
namespace {

// Index of `key` in `keys`, added when new. Regions outside the table are kept by name, so a bank
// may hold many distinct region keys: 32-bit indexes never run out.
std::uint32_t intern(std::map<std::string, std::uint32_t, std::less<>>& index, std::vector<std::string>& keys, std::string_view key) {
  if (auto it = index.find(key); it != index.end()) return it->second;
  const auto i = static_cast<std::uint32_t>(keys.size());
  keys.emplace_back(key);
  index.emplace(key, i);
  return i;
}

}  // namespace

FacetColumn::FacetColumn(const Xapian::Database& db, Xapian::valueno slot) : revision_(db.get_revision()) {
  const auto docs = static_cast<std::size_t>(db.get_lastdocid()) + 1;
  region_by_docid_.assign(docs, no_region);
  targets_start_.assign(docs + 1, 0);
  std::map<std::string, std::uint32_t, std::less<>> region_index, target_index;
  Xapian::docid next = 0;  // documents without the value get an empty range
  for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
    const Xapian::docid id = v.get_docid();
    for (; next <= id; ++next) targets_start_[next] = static_cast<std::uint32_t>(targets_.size());
    split_facet_value(
        *v, [&](std::string_view key) { region_by_docid_[id] = intern(region_index, region_keys_, key); },
        [&](std::string_view target) { targets_.push_back(intern(target_index, target_ids_, target)); });
  }
  for (; next <= docs; ++next) targets_start_[next] = static_cast<std::uint32_t>(targets_.size());
}

FacetTally FacetColumn::tally(const std::vector<Xapian::docid>& ids) const {
  std::vector<std::size_t> regions(region_keys_.size()), targets(target_ids_.size());
  for (const Xapian::docid id : ids) {
    if (id >= region_by_docid_.size()) continue;
    if (region_by_docid_[id] != no_region) ++regions[region_by_docid_[id]];
    for (auto t = targets_start_[id]; t < targets_start_[id + 1]; ++t) ++targets[targets_[t]];
  }
  FacetTally out;
  for (std::size_t i = 0; i < regions.size(); ++i)
    if (regions[i]) out.region_keys[region_keys_[i]] += regions[i];
  for (std::size_t i = 0; i < targets.size(); ++i)
    if (targets[i]) out.target_ids[target_ids_[i]] += targets[i];
  return out;
}

}  // namespace practice::detail
