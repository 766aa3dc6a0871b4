#pragma once

#include <QIcon>

namespace lf {

/// Icons the GUI uses. Each comes from the desktop's icon theme when it has one and otherwise is
/// drawn by Leadflow itself, sharp at any size and in the palette's text colour, so the toolbar
/// never shows empty buttons on a desktop without an icon theme.
enum class IconKind {
    NewLead,
    EditLead,
    DeleteLead,
    Refresh,
    Search,
    Quit,
    Undo,
    Redo,
    Import, ///< a file coming in
    Leads, ///< navigation: the lead list
    Tasks, ///< navigation: my tasks
    Pipeline, ///< navigation: the board
    Dashboard, ///< navigation: charts
    Settings, ///< navigation: settings
    Application, ///< the Leadflow window icon (always drawn, never from the theme)
};

QIcon icon(IconKind kind);

} // namespace lf
