# UI strings of the Indicators module (经济指标、驾驶舱、报告、开放数据): Chinese first, then English.
TARGET = "src/Modules/Gaoxin.Indicators/Resources/IndicatorsText"
STRINGS = {
    "Nav.Cockpit": ("驾驶舱", "Cockpit"),
    "Nav.Indicators": ("经济指标", "Economic indicators"),
    "Nav.OpenData": ("开放数据", "Open data"),
}
