#pragma once

// The project builds with QT_NO_KEYWORDS (see the top-level CMakeLists.txt), but QCustomPlot
// 2.1's header still says `signals:` and `foreach`. Give it the keywords for the length of the
// include only, so that our own code keeps the Q_SIGNALS / Q_EMIT spelling.
#if defined(QT_NO_KEYWORDS) && !defined(signals)
#define signals Q_SIGNALS
#define HECTARE_QCP_DEFINED_SIGNALS
#endif
#if defined(QT_NO_KEYWORDS) && !defined(foreach)
#define foreach Q_FOREACH
#define HECTARE_QCP_DEFINED_FOREACH
#endif

#include <qcustomplot.h>

#ifdef HECTARE_QCP_DEFINED_SIGNALS
#undef signals
#undef HECTARE_QCP_DEFINED_SIGNALS
#endif
#ifdef HECTARE_QCP_DEFINED_FOREACH
#undef foreach
#undef HECTARE_QCP_DEFINED_FOREACH
#endif
