package org.anxue.org;

/** Operations of the special-operation catalogue (特种作业目录) that need a certificate. */
public enum SpecialOperation implements Labelled {
    LOW_VOLTAGE_ELECTRICIAN("低压电工作业"),
    HIGH_VOLTAGE_ELECTRICIAN("高压电工作业"),
    EXPLOSION_PROOF_ELECTRICAL("防爆电气作业"),
    FUSION_WELDING("熔化焊接与热切割作业"),
    PRESSURE_WELDING("压力焊作业"),
    BRAZING("钎焊作业"),
    SCAFFOLDING("登高架设作业"),
    WORK_AT_HEIGHT("高处安装、维护、拆除作业"),
    REFRIGERATION_OPERATION("制冷与空调设备运行操作作业"),
    REFRIGERATION_REPAIR("制冷与空调设备安装修理作业"),
    COAL_MINE("煤矿安全作业"),
    METAL_NONMETAL_MINE("金属非金属矿山安全作业"),
    OIL_GAS("石油天然气安全作业"),
    METALLURGY("冶金（有色）生产安全作业"),
    HAZARDOUS_CHEMICAL("危险化学品安全作业"),
    FIREWORKS("烟花爆竹安全作业");

    private final String label;

    SpecialOperation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
