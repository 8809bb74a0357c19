# UI strings of the Industry module (产业体系): Chinese first, then English.
TARGET = "src/Modules/Gaoxin.Industry/Resources/IndustryText"
STRINGS = {
    "Nav.Industry": ("产业体系", "Industry system"),
    "Nav.Leads": ("招商线索", "Investment leads"),
    "Nav.Projects": ("重大项目", "Major projects"),
}
