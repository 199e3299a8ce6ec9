#pragma once
// Facet counts for region, federal district and target group.
//
// Xapian's built-in ValueCountMatchSpy is used because xapian-tcpsrv can run it on a remote
// shard (a custom MatchSpy cannot be deserialised there), so a federated bank counts exactly as
// a local one. The target-group slot holds several '\n'-separated labels per document: the spy
// counts each distinct combination, and the combinations are split and summed here.

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include <practice/search.hpp>

#include "schema.hpp"

namespace practice::detail {

class FacetSpies {
 public:
  void attach(Xapian::Enquire& enquire) {
    enquire.add_matchspy(&region_);
    enquire.add_matchspy(&district_);
    enquire.add_matchspy(&targets_);
  }

  std::map<std::string, std::vector<FacetCount>> counts() const {
    return {{"region", sorted(region_)}, {"federal_district", sorted(district_)}, {"target_group", sorted(targets_)}};
  }

 private:
  // Labels by count, most frequent first; equal counts in label order.
  static std::vector<FacetCount> sorted(const Xapian::ValueCountMatchSpy& spy) {
    std::map<std::string, std::size_t> by_label;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
      const std::string value = *it;
      for (std::size_t start = 0; start < value.size();) {
        const auto nl = value.find('\n', start);
        const auto end = nl == std::string::npos ? value.size() : nl;
        if (end > start) by_label[value.substr(start, end - start)] += it.get_termfreq();
        start = end + 1;
      }
    }
    std::vector<FacetCount> v;
    for (const auto& [label, n] : by_label) v.push_back({label, n});
    std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.count > y.count; });
    return v;
  }

  Xapian::ValueCountMatchSpy region_{slot_region}, district_{slot_district}, targets_{slot_targets};
};

}  // namespace practice::detail
