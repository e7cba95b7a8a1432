// hectare_ui is filled in by the desktop shell (issue 4). A library needs one source file.
namespace hectare::ui {
int uiLibraryVersion() { return 1; }
} // namespace hectare::ui
