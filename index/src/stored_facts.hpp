#pragma once
// What a result list and the matcher need of a practice, stored beside it (slot_facts): a
// search's hits and the matcher's candidates read these few hundred bytes instead of the
// practice's few kilobytes, and the matcher scores its candidates without reading them whole.

#include <string>
#include <string_view>

#include <practice/model.hpp>
#include <practice/practice_facts.hpp>

namespace practice::detail {

struct StoredFacts {
  std::string id, title, organization;
  std::string region;  ///< resolved name, or the text as written
  PracticeFacts derived;
};

std::string encode_facts(const StoredFacts& f);
/// Throws BankError when `value` is not facts written by encode_facts.
StoredFacts decode_facts(std::string_view value);

}  // namespace practice::detail
