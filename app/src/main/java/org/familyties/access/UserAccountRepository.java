package org.familyties.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select count(*) from user_role where role = 'ADMIN'")
    long countAdministrators();

    @Query("select * from app_user order by username")
    List<UserAccount> findAllByUsername();
}
