package org.familyties.estate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("prison")
class Prison {

    @Id
    private Long id;
    private String code;
    private String name;
    private Estate estate;
    private String regionCode;
    @Version
    private Integer version;

    Prison() {
    }

    Prison(String code, String name, Estate estate, String regionCode) {
        this.code = code;
        this.name = name;
        this.estate = estate;
        this.regionCode = regionCode;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    Estate getEstate() {
        return estate;
    }

    String getRegionCode() {
        return regionCode;
    }
}
