#pragma once
// The practice as the bank stores it (Xapian document data): every field of the model in one
// fixed order, strings length-prefixed. Reading it back is a copy per field, where parsing the
// practice's JSON (nlohmann's document tree, then the model) cost tens of microseconds per
// practice — per result shown, and per candidate the matcher scores in full. The fields are
// compressed with zstd (bank format 5).

#include <string>
#include <string_view>

#include <practice/model.hpp>

namespace practice::detail {

std::string encode_practice(const Practice& p);
/// Throws BankError when `data` is not a practice stored by encode_practice.
Practice decode_practice(std::string_view data);

}  // namespace practice::detail
