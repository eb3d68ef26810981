package vn.chiso.unit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
