#pragma once
/// @file practice_id.hpp

#include <cstddef>
#include <string>

#include <practice/model.hpp>

namespace practice {

/// A stable id derived from the region and title: a transliterated slug of the title plus a
/// short hash of both, so re-reading the same description replaces rather than duplicates.
/// e.g. «Служба ранней помощи «Первые шаги»» in Алтайский край → "sluzhba-rannei-pomoshchi-pervye-shagi-3f9a1c".
std::string derive_id(const Practice& p);

/// Longest id a reader accepts (the bank stores the id as a Xapian term, at most 245 bytes).
inline constexpr std::size_t max_id_bytes = 200;

}  // namespace practice
