#pragma once
/// @file evaluation_design.hpp
/// How strongly a practice's «Оценка» and «Результаты» show that it works: not whether they are
/// filled in (that is readiness), but whether the effect was measured the way an evaluator would
/// trust. Russian funders call practices with such evidence «доказательные».

#include <practice/model.hpp>

namespace practice {

/// Share, in [0, 1], of four marks of a measured effect the description states:
/// - a comparison over time: before and after, at entry and exit, repeated measurement;
/// - a standard instrument: a scale, a test, a questionnaire with a method;
/// - a follow-up after the help ended: «через полгода», «катамнез», tracking graduates;
/// - an outside view: an external or independent evaluation, a comparison group.
double evaluation_design(const Practice& p);

}  // namespace practice
