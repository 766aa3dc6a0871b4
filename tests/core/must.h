#pragma once

// Test helpers: the value of a Result that must succeed, or a fatal error naming what failed.

#include "util/result.h"

#include <QtGlobal>

namespace lf::test {

template<typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.error().toString()));
    return std::move(*result);
}

inline void must(const Status &status, const char *what)
{
    if (!status)
        qFatal("%s failed: %s", what, qPrintable(status.error().toString()));
}

} // namespace lf::test
